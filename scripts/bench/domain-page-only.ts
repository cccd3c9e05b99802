// `npx tsx scripts/bench/domain-page-only.ts [--runs N]`: the domain-page rows of `npm run bench`
// alone (its own sandbox and dashboard; ports moved by E2E_PORT_OFFSET), printed, not written.
import { chromium } from "@playwright/test";
import { domainPageRows, measureDomainPage } from "./domain-page";
import { buildIfNeeded } from "./services";

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

async function main() {
  buildIfNeeded();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const result = await measureDomainPage(browser, { sandbox: 4214 + offset, app: 3214 + offset }, runs);
  await browser.close();
  console.log(JSON.stringify(result, null, 2));
  console.log(domainPageRows(result).join("\n"));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
