import type { Method, Resource } from '@aws-sdk/client-api-gateway';

export const REGION = 'eu-west-1';
export const ACCOUNT = '111122223333';
export const restArn = (id: string) => `arn:aws:apigateway:${REGION}::/restapis/${id}`;
export const v2Arn = (id: string) => `arn:aws:apigateway:${REGION}::/apis/${id}`;

/** A GetResources item with its methods embedded, as `embed=methods` returns it. */
export function resource(path: string, methods: Record<string, Partial<Method>>): Resource {
  return {
    id: `r${path.replace(/\W/g, '') || 'root'}`,
    path,
    resourceMethods: Object.fromEntries(Object.entries(methods).map(([verb, m]) => [verb, { httpMethod: verb, authorizationType: 'NONE', apiKeyRequired: false, ...m }])),
  };
}
