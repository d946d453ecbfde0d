/**
 * Preloaded into the test LRS (node --require bind-loopback.cjs):
 * - Express's app.listen(port) binds every interface; a test tool has no business listening
 *   beyond this machine, so a listen without a host binds 127.0.0.1;
 * - with EXPRESS_PORT=0 the system picks a free port: it is told to the test that started the
 *   LRS, through the IPC channel, as { testLrsPort };
 * - when that test goes away (the channel closes), the LRS goes too: it never outlives a run.
 */
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  this.once('listening', () => {
    const address = this.address();
    if (process.send && address && typeof address === 'object') process.send({ testLrsPort: address.port });
  });
  const [first, second] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const rest = typeof second === 'string' ? args.slice(2) : args.slice(1);
    return listen.call(this, first, '127.0.0.1', ...rest);
  }
  if (first && typeof first === 'object' && !('fd' in first) && !('path' in first) && !('_handle' in first)) {
    return listen.call(this, { ...first, host: '127.0.0.1' }, ...args.slice(1));
  }
  return listen.apply(this, args);
};

process.on('disconnect', () => process.exit(0));
