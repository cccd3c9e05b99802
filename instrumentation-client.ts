// Runs in the browser before the app's own code (Next's documented hook for such set-up).
// zod compiles object parsers with `new Function` when it may, and probes for that when the
// first schema is built; under our CSP (no 'unsafe-eval') the probe fails harmlessly but is
// still reported as a violation. Parsing without compiling is plenty fast for forms and pastes.
// The setting lives in zod's core, shared by classic zod and zod/mini: importing it from
// zod/mini keeps classic zod's method chains out of every page's bundle.
import { config } from "zod/mini";

config({ jitless: true });
