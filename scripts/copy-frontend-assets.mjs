// Copies GOV.UK Frontend's script and images from its npm package into Beacon.Web's wwwroot,
// where they are embedded into the assembly at build time.
import { cpSync, mkdirSync } from "node:fs";

const from = "node_modules/govuk-frontend/dist/govuk";
const to = "src/Beacon.Web/wwwroot";
mkdirSync(`${to}/js`, { recursive: true });
cpSync(`${from}/govuk-frontend.min.js`, `${to}/js/govuk-frontend.min.js`);
cpSync(`${from}/assets/images`, `${to}/assets/images`, { recursive: true });
