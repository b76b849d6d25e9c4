import type { TestProject } from 'vitest/node';
import { startMoto, type MotoServer } from '../../scripts/support/moto-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    motoEndpoint: string;
  }
}

let server: MotoServer | undefined;

/** One shared moto_server for the integration project; test files isolate by account id. */
export async function setup(project: TestProject): Promise<void> {
  server = await startMoto();
  project.provide('motoEndpoint', server.endpoint);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
