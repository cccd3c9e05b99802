// Single sign-on: a plain link to the server route that starts the OpenID Connect redirect.
// Not Next's <Link>: it fetches its target ahead of a click (on sight in production, and again
// as the click's own router request), and every such fetch of this route starts a sign-in, with
// a state cookie of its own. The last cookie to land wins, and the identity provider then sends
// back the state of another start: "Single sign-on did not complete". One click, one start.
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

// The main button when it is the only way in; beside the password form, a secondary one.
export function SsoSignIn({ name, next, only }: { name: string; next: string; only: boolean }) {
  return (
    <a href={`/api/sign-in/sso?next=${encodeURIComponent(next)}`} className={cn(buttonClasses({ variant: only ? "primary" : "secondary" }), "w-full")}>
      Sign in with {name}
    </a>
  );
}
