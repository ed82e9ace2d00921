// The engine floor: a dynamic provider that does no HTTP. Installed as a package
// in the benchmark's program folder so it serializes like ours, as one require.
"use strict";
let next = 0;
module.exports = {
  async check(_olds, news) { return { inputs: news }; },
  async diff(_id, olds, news) {
    const changed = Object.keys(news).some((k) => k !== "__provider" && JSON.stringify(olds[k]) !== JSON.stringify(news[k]));
    return { changes: changed };
  },
  async create(inputs) { return { id: `noop-${process.pid}-${next++}`, outs: inputs }; },
  async read(id, props) { return { id, props }; },
  async update(_id, _olds, news) { return { outs: news }; },
  async delete() {},
};
