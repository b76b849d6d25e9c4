import type { Project } from '@aws-sdk/client-codebuild';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** BatchGetProjects takes at most 100 names a call. */
const BATCH = 100;

/** Memoized CodeBuild data sets of one account. */
export function codebuildInventory(aws: Aws) {
  return {
    /**
     * Every build project of the region with its configuration: ListProjects for the names, then
     * BatchGetProjects 100 at a time (the bulk read; there is no per-project Get). Names listed but
     * gone by the time of the batch (projectsNotFound) were deleted in between and are left out.
     * Environment variable values arrive in clear here; the recorder redacts them by name
     * (src/inventory/redact.ts) and checks never echo one.
     */
    projects: memo(async (region: string): Promise<Project[]> => {
      const names = await aws.paginate('codebuild', region, 'ListProjects', (nextToken) => nextToken ? { nextToken } : {}, (o) => ({ items: o.projects, next: o.nextToken }));
      const batches: string[][] = [];
      for (let i = 0; i < names.length; i += BATCH) batches.push(names.slice(i, i + BATCH));
      const outs = await Promise.all(batches.map((b) => aws.send('codebuild', region, 'BatchGetProjects', { names: b })));
      return outs.flatMap((o) => o.projects ?? []);
    }),
  };
}

export type CodebuildInventory = ReturnType<typeof codebuildInventory>;
