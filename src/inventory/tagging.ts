import type { ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized Resource Groups Tagging API data sets of one account. */
export function taggingInventory(aws: Aws) {
  return {
    /**
     * Every tagged (or once tagged) resource of the region with its tags, 100 a page (the API's
     * maximum). Resources that never carried a tag are not listed: AWS's documented limit.
     */
    resources: memo((region: string): Promise<ResourceTagMapping[]> =>
      aws.paginate('tagging', region, 'GetResources', (PaginationToken) => ({ ResourcesPerPage: 100, ...(PaginationToken ? { PaginationToken } : {}) }), (o) => ({
        items: o.ResourceTagMappingList,
        // The API answers an empty string, not no token, on the last page.
        next: o.PaginationToken || undefined,
      }))),
  };
}

export type TaggingInventory = ReturnType<typeof taggingInventory>;
