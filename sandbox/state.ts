// Everything one sandbox instance holds, shared by the Catapult pipeline and the admin API.
import type { SandboxConfig, SandboxFaults } from "./config";
import { mulberry32 } from "./random";
import { RateLimiter } from "./rate-limiter";
import { pickSettings } from "./settings";
import { applySeed, readSeedFile, type SandboxSeed } from "./seed";
import { seedManyEndpoints } from "./seed-endpoints";
import { emptyCounters, type Counters } from "./stats";
import { SandboxStore } from "./store";

export type SandboxState = {
  config: SandboxConfig;
  store: SandboxStore;
  /** The settings in force: the configured ones until POST /_sandbox/faults changes them. */
  faults: SandboxFaults;
  limiter: RateLimiter;
  random: () => number;
  counters: Counters;
  seed: SandboxSeed;
};

function faultsOf(config: SandboxConfig): SandboxFaults {
  return pickSettings(config);
}

function randomFor(config: SandboxConfig): () => number {
  return mulberry32(config.randomSeed ?? Date.now());
}

/** Reads the seed once: a reset restores what the sandbox started with, even if the file changed. */
export function createState(config: SandboxConfig): SandboxState {
  const seed = config.seedPath === null ? {} : readSeedFile(config.seedPath);
  const state: SandboxState = {
    config,
    store: new SandboxStore(),
    faults: faultsOf(config),
    limiter: new RateLimiter(),
    random: randomFor(config),
    counters: emptyCounters(),
    seed,
  };
  seedStore(state);
  return state;
}

/** Back to the start: seed data, zero counters, configured faults, fresh windows and PRNG. */
export function resetState(state: SandboxState): void {
  state.faults = faultsOf(state.config);
  seedStore(state);
  state.limiter.clear();
  state.random = randomFor(state.config);
  state.counters = emptyCounters();
}

function seedStore(state: SandboxState): void {
  applySeed(state.store, state.seed, state.faults.idStyle);
  seedManyEndpoints(state.store, state.config.seedEndpoints, state.config.seedEndpointsDomain);
}
