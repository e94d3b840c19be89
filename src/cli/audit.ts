import { runAudit } from "./bench/audit";

/*
 * `npm run audit`: `npm audit --omit=dev` reduced to one verdict. Exit 1 on any high or critical
 * finding in what ships; exit 0 with the counts otherwise. When the registry cannot be asked
 * (no network, or a mirror without the advisory service) it says so plainly and exits 0 unless
 * `--strict`, because the tests cannot tell an unaudited tree from a vulnerable one.
 */
const strict = process.argv.includes("--strict");
const result = runAudit();
if (!result.ok) {
  console.log(`NOT AUDITED: ${result.reason}`);
  process.exit(strict ? 1 : 0);
}
const { counts } = result;
const serious = counts.high + counts.critical;
console.log(
  `npm audit --omit=dev: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`,
);
if (serious > 0) {
  console.log("Run `npm audit --omit=dev` for the advisories and `npm audit fix` for the fixes.");
  process.exit(1);
}
