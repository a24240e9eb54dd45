// Loaded before every browser test file (see web-test-runner.config.mjs): any Content-Security-
// Policy violation (an inline style an element wrote, an inline handler, an eval) is thrown as an
// uncaught error, which fails the test that was running when it happened.
document.addEventListener('securitypolicyviolation', (event) => {
  const what = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`;
  setTimeout(() => {
    throw new Error(`Content-Security-Policy violation: ${what}`);
  });
});
