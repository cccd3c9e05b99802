// Runs in the browser before the app's own code (Next's documented hook for such set-up):
// zod's compiled parsers off, before any schema is built (see the function for why).
import { setZodJitless } from "@/lib/browser/zod-jitless";

setZodJitless();
