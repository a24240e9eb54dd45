// Exits non-zero with a one-line install hint when no Chromium can be found.
import { findChromium, installHint } from './chromium.mjs';

if (!findChromium()) {
  console.error(
    process.env.CHROME_PATH
      ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ${installHint}`
      : installHint,
  );
  process.exit(1);
}
