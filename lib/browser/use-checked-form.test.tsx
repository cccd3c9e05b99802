// The plain form helper: the shared schema's words on the fields, the first invalid field
// focused, nothing sent until the values pass, the server's field errors put on their fields,
// and errors updated while typing once a send has failed.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { ApiRequestError } from "./api-fetch";
import { useCheckedForm } from "./use-checked-form";

const schema = z.object({
  name: z.string().check(z.minLength(1, "Name is required")),
  code: z.string().check(z.minLength(3, "Code needs 3 characters")),
});
const loadSchema = vi.fn(async () => schema);

function Form({ send, serverError }: { send: (values: unknown) => void; serverError?: unknown }) {
  const form = useCheckedForm({ name: "", code: "" }, loadSchema);
  return (
    <form onSubmit={form.onSubmit(send)} onReset={(e) => form.showServerErrors(serverError, e.currentTarget)}>
      {(["name", "code"] as const).map((field) => (
        <p key={field}>
          <input aria-label={field} name={field} value={form.values[field]} onChange={(e) => form.set(field, e.target.value)} />
          {form.errors[field] && <span role="alert">{form.errors[field].message}</span>}
        </p>
      ))}
      <button type="submit">Send</button>
      <button type="reset">Server answers</button>
    </form>
  );
}

afterEach(cleanup);

const submit = async () => act(async () => void fireEvent.click(screen.getByRole("button", { name: "Send" })));

it("says what is wrong in the schema's words, focuses the first field, and sends nothing", async () => {
  const send = vi.fn();
  render(<Form send={send} />);
  await submit();
  expect(screen.getAllByRole("alert").map((a) => a.textContent)).toEqual(["Name is required", "Code needs 3 characters"]);
  expect(document.activeElement).toBe(screen.getByLabelText("name"));
  expect(send).not.toHaveBeenCalled();
});

it("updates errors while typing after a failed send, and sends the parsed values when they pass", async () => {
  const send = vi.fn();
  render(<Form send={send} />);
  await submit();
  fireEvent.change(screen.getByLabelText("name"), { target: { value: "desk" } });
  expect(screen.getAllByRole("alert").map((a) => a.textContent)).toEqual(["Code needs 3 characters"]);
  fireEvent.change(screen.getByLabelText("code"), { target: { value: "abc" } });
  await submit();
  expect(send).toHaveBeenCalledExactlyOnceWith({ name: "desk", code: "abc" }, { name: "desk", code: "abc" });
});

it("in onTouched mode, shows a field's error once it is left, and knows which fields changed", async () => {
  function Touched() {
    const form = useCheckedForm({ name: "", code: "abc" }, loadSchema, { mode: "onTouched" });
    return (
      <form>
        <input aria-label="name" name="name" value={form.values.name} onChange={(e) => form.set("name", e.target.value)} onBlur={() => form.blur("name")} />
        {form.errors.name && <span role="alert">{`${form.errors.name.message} (${form.errors.name.code})`}</span>}
        <output>{[...form.dirtyFields].join(",") || "clean"}</output>
      </form>
    );
  }
  render(<Touched />);
  const name = screen.getByLabelText("name");
  await act(async () => void fireEvent.focus(name));
  expect(screen.queryByRole("alert")).toBeNull();
  await act(async () => void fireEvent.blur(name));
  expect(screen.getByRole("alert").textContent).toBe("Name is required (too_small)");
  fireEvent.change(name, { target: { value: "desk" } });
  expect(screen.queryByRole("alert")).toBeNull();
  expect(screen.getByRole("status").textContent).toBe("name");
});

it("puts the server's field errors on their fields (nested paths included) and focuses the first", async () => {
  const error = new ApiRequestError(400, "invalid", "The code is taken.", { "body.code": "This code is taken" });
  render(<Form send={vi.fn()} serverError={error} />);
  await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Server answers" })));
  expect(screen.getByRole("alert").textContent).toBe("This code is taken");
  expect(document.activeElement).toBe(screen.getByLabelText("code"));
});
