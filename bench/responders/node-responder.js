// bench/responders/node-responder.js: a minimal Node.js line responder, the "what would a few lines of
// Node do" yardstick. Per request line: JSON.parse, then JSON.stringify of {jsonrpc, id, result:{version,
// env}}. Answers are batched per tick: every readable chunk is split into lines, all answers for the
// chunk are collected and written with one write. No validation beyond JSON.parse, no dispatch table.
'use strict';
const env = process.env.PLURAL_ENV || 'uat';
let carry = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (carry + chunk).split('\n');
  carry = lines.pop();
  const out = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    let req;
    try {
      req = JSON.parse(line);
    } catch (e) {
      out.push(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }));
      continue;
    }
    out.push(JSON.stringify({ jsonrpc: '2.0', id: req.id, result: { version: '0.1.0', env } }));
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
});
process.stdin.on('end', () => {});
