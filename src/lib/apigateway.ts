/** Reading API Gateway REST API answers: methods embedded in GetResources, endpoint types. */
import type { Method, Resource, RestApi } from '@aws-sdk/client-api-gateway';

/** One method of a REST API, flattened out of GetResources' embedded resourceMethods. */
export interface RestMethod {
  /** 'GET /orders/{id}', as messages name it. */
  readonly label: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly method: Method;
}

/** The methods of a REST API's resources, sorted by path then HTTP method. */
export function restMethods(resources: readonly Resource[]): RestMethod[] {
  const out: RestMethod[] = [];
  for (const r of resources) {
    const path = r.path ?? `/${r.pathPart ?? ''}`;
    for (const [key, method] of Object.entries(r.resourceMethods ?? {})) {
      const httpMethod = (method.httpMethod ?? key).toUpperCase();
      out.push({ label: `${httpMethod} ${path}`, httpMethod, path, method });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.httpMethod.localeCompare(b.httpMethod));
}

/** The REST API's endpoint types (EDGE, REGIONAL, PRIVATE); AWS defaults to EDGE when none is given. */
export function endpointTypes(api: RestApi): string[] {
  const types = api.endpointConfiguration?.types ?? [];
  return types.length ? [...types] : ['EDGE'];
}
