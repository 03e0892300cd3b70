'use strict';
// A folder-mode worker thread that dies on some files, to prove the pool loses no file: for a
// file named *exit* the thread exits, for *throw* it throws outside any promise. Every other
// file is served by the real worker (lib/cli/parallelFiles.js), which listens after this.
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (request) => {
  const name = request.job.file;
  if (name.includes('exit')) process.exit(3);
  if (name.includes('throw')) {
    setImmediate(() => {
      throw new Error('boom in the worker thread');
    });
  }
});
require('../../lib/cli/parallelFiles.js');
