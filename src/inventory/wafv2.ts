import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** The part of a web ACL that decides and proves an association. */
export interface WebAclRef {
  Name: string | null;
  ARN: string | null;
}

/** Memoized AWS WAF (v2) data sets of one account. */
export function wafv2Inventory(aws: Aws) {
  return {
    /**
     * The regional web ACL associated with a resource (an Application Load Balancer, …), or null:
     * AWS answers an unprotected resource with no WebACL, not with an error.
     */
    webAclForResource: memo(async (region: string, resourceArn: string): Promise<WebAclRef | null> => {
      const out = await aws.send('wafv2', region, 'GetWebACLForResource', { ResourceArn: resourceArn });
      return out.WebACL ? { Name: out.WebACL.Name ?? null, ARN: out.WebACL.ARN ?? null } : null;
    }),
  };
}

export type Wafv2Inventory = ReturnType<typeof wafv2Inventory>;
