// Runs in the browser before the app's own code (Next's documented hook for such set-up).
// zod compiles object parsers with `new Function` when it may, and probes for that when the
// first schema is built; under our CSP (no 'unsafe-eval') the probe fails harmlessly but is
// still reported as a violation. Parsing without compiling is plenty fast for forms and pastes.
import { z } from "zod";

z.config({ jitless: true });
