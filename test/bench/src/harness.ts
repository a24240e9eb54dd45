// Proves the harness: a fixed amount of trivial work, measured like every other case.
const n = Number(new URLSearchParams(location.search).get('n') ?? 100_000);
performance.mark('start');
let sum = 0;
for (let i = 0; i < n; i++) sum += i % 7;
performance.mark('end');
performance.measure('work', 'start', 'end');
document.body.dataset.result = String(sum);
