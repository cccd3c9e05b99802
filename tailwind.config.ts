// Tailwind v4 reads its theme from CSS (app/globals.css, `@config` points here); this file
// keeps the content globs and the few theme extensions in one typed place.
import type { Config } from "tailwindcss";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      fontFamily: { mono: ["ui-monospace", "SFMono-Regular", "Menlo", "monospace"] },
    },
  },
};

export default config;
