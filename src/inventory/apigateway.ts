import type { Resource, RestApi, Stage } from '@aws-sdk/client-api-gateway';
import type { Api, Route, Stage as V2Stage } from '@aws-sdk/client-apigatewayv2';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized API Gateway (REST, v1) and API Gateway v2 (HTTP and WebSocket) data sets of one account. */
export function apigatewayInventory(aws: Aws) {
  return {
    /** The region's REST APIs: endpoint types and the resource policy (an escaped JSON string) come with each. */
    restApis: memo(
      (region: string): Promise<RestApi[]> =>
        aws.paginate('apigateway', region, 'GetRestApis', (position) => ({ limit: 500, ...(position ? { position } : {}) }), (o) => ({
          items: o.items,
          next: o.position,
        })),
    ),

    /**
     * The REST API's resources with their methods embedded (authorizationType, apiKeyRequired,
     * requestValidatorId, requestParameters): one paginated call per API, never GetMethod per method.
     */
    resources: memo(
      (region: string, restApiId: string): Promise<Resource[]> =>
        aws.paginate(
          'apigateway',
          region,
          'GetResources', (position) => ({ restApiId, embed: ['methods'], limit: 500, ...(position ? { position } : {}) }),
          (o) => ({ items: o.items, next: o.position }),
        ),
    ),

    /** The REST API's stages (not paginated): accessLogSettings and webAclArn come with each. */
    stages: memo(async (region: string, restApiId: string): Promise<Stage[]> => {
      const out = await aws.send('apigateway', region, 'GetStages', { restApiId });
      return out.item ?? [];
    }),

    /** The region's v2 APIs, HTTP and WEBSOCKET (ProtocolType tells which). */
    httpApis: memo(
      (region: string): Promise<Api[]> =>
        aws.paginate('apigatewayv2', region, 'GetApis', (NextToken) => ({ MaxResults: '500', ...(NextToken ? { NextToken } : {}) }), (o) => ({
          items: o.Items,
          next: o.NextToken,
        })),
    ),

    /** The v2 API's routes: RouteKey, AuthorizationType, ApiKeyRequired. */
    routes: memo(
      (region: string, apiId: string): Promise<Route[]> =>
        aws.paginate('apigatewayv2', region, 'GetRoutes', (NextToken) => ({ ApiId: apiId, MaxResults: '500', ...(NextToken ? { NextToken } : {}) }), (o) => ({
          items: o.Items,
          next: o.NextToken,
        })),
    ),

    /** The v2 API's stages: AccessLogSettings comes with each. */
    v2Stages: memo(
      (region: string, apiId: string): Promise<V2Stage[]> =>
        aws.paginate('apigatewayv2', region, 'GetStages', (NextToken) => ({ ApiId: apiId, MaxResults: '500', ...(NextToken ? { NextToken } : {}) }), (o) => ({
          items: o.Items,
          next: o.NextToken,
        })),
    ),
  };
}

export type ApigatewayInventory = ReturnType<typeof apigatewayInventory>;
