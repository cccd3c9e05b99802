// A request that changes something, for views on pages rendered on the server: its pending
// state and error, then the page rendered again (router.refresh) so that it shows the change.
// A query library's mutations would cost a page ~11 kB gzip (TanStack Query); this is all the
// pages need. `refresh: false` for a request whose page leaves or polls what it changed.
// `isPending` stays true until the refreshed page has arrived, so a button cannot be pressed
// twice and the list never shows the old state after the button is free again.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type State<Input, Output> = { variables?: Input } & ({ status: "idle" | "pending" } | { status: "success"; data: Output } | { status: "error"; error: unknown });

interface Callbacks<Output> {
  onSuccess?: (data: Output) => void;
  onError?: (error: unknown) => void;
}

export function useRequest<Input, Output>(send: (input: Input) => Promise<Output>, { refresh = true }: { refresh?: boolean } = {}) {
  const router = useRouter();
  const [state, setState] = useState<State<Input, Output>>({ status: "idle" });
  const [refreshing, startTransition] = useTransition();

  function mutate(input: Input, callbacks: Callbacks<Output> = {}): void {
    setState({ status: "pending", variables: input });
    send(input).then(
      (data) => {
        setState({ status: "success", data, variables: input });
        callbacks.onSuccess?.(data);
        if (refresh) startTransition(() => router.refresh());
      },
      (error: unknown) => {
        setState({ status: "error", error, variables: input });
        callbacks.onError?.(error);
      },
    );
  }

  return {
    mutate,
    reset: () => setState({ status: "idle" }),
    isPending: state.status === "pending" || refreshing,
    isSuccess: state.status === "success",
    isError: state.status === "error",
    error: state.status === "error" ? state.error : undefined,
    data: state.status === "success" ? state.data : undefined,
    /** What the last call was given (e.g. which row's button shows a spinner). */
    variables: state.variables,
  };
}
