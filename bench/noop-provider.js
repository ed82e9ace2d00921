// The engine floor: a dynamic provider that does no HTTP. Installed as a package
// in the benchmark's program folder so it serializes like ours, as one require.
// With AIGOV_BENCH_NOOP_LATENCY_MS set, each create, read, update and delete
// waits that long, as one API call would: the floor of any provider that makes
// one call per object.
"use strict";
let next = 0;
const call = () => {
  const ms = Number(process.env.AIGOV_BENCH_NOOP_LATENCY_MS) || 0;
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : undefined;
};
module.exports = {
  async check(_olds, news) { return { inputs: news }; },
  async diff(_id, olds, news) {
    const changed = Object.keys(news).some((k) => k !== "__provider" && JSON.stringify(olds[k]) !== JSON.stringify(news[k]));
    return { changes: changed };
  },
  async create(inputs) { await call(); return { id: `noop-${process.pid}-${next++}`, outs: inputs }; },
  async read(id, props) { await call(); return { id, props }; },
  async update(_id, _olds, news) { await call(); return { outs: news }; },
  async delete() { await call(); },
};
