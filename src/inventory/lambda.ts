import type { CodeSigningConfig, FunctionConfiguration, GetFunctionEventInvokeConfigCommandOutput, GetFunctionUrlConfigCommandOutput } from '@aws-sdk/client-lambda';
import type { Aws } from '../aws/call.js';
import { parsePolicyDocument, type PolicyDocument } from '../lib/iam-policy.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

export type FunctionUrlConfig = Omit<GetFunctionUrlConfigCommandOutput, '$metadata'>;
export type EventInvokeConfig = Omit<GetFunctionEventInvokeConfigCommandOutput, '$metadata'>;

/** Lambda answers "this function has no URL / policy / event invoke config" with this code. */
const NOT_FOUND = ['ResourceNotFoundException'];

/** Memoized lambda data sets of one account. */
export function lambdaInventory(aws: Aws) {
  return {
    /**
     * The region's functions ($LATEST configuration of each: runtime, role, environment variables,
     * KMSKeyArn, DeadLetterConfig, PackageType). Environment values are secrets: the recorder
     * redacts them (src/inventory/redact.ts), keeping what the secret detector found.
     */
    functions: memo(
      (region: string): Promise<FunctionConfiguration[]> =>
        aws.paginate('lambda', region, 'ListFunctions', (Marker) => ({ MaxItems: 50, ...(Marker ? { Marker } : {}) }), (o) => ({
          items: o.Functions,
          next: o.NextMarker,
        })),
    ),

    /**
     * The function's (unqualified) URL configuration; null when it has none. Asked per function:
     * moto answers ListFunctionUrlConfigs with 404. A URL attached to an alias is not seen here.
     */
    functionUrl: memo(async (region: string, functionName: string): Promise<FunctionUrlConfig | null> => {
      const out = await aws.sendOptional('lambda', region, 'GetFunctionUrlConfig', { FunctionName: functionName }, NOT_FOUND);
      if (!out) return null;
      const { $metadata: _m, ...config } = out;
      return config;
    }),

    /** The parsed resource-based policy of the function; null when it has none. Unparseable is an error. */
    functionPolicy: memo(async (region: string, functionArn: string): Promise<PolicyDocument | null> => {
      const out = await aws.sendOptional('lambda', region, 'GetPolicy', { FunctionName: functionArn }, NOT_FOUND);
      if (!out?.Policy) return null;
      try {
        return parsePolicyDocument(out.Policy);
      } catch (err) {
        throw invalidData({ service: 'lambda', operation: 'GetPolicy', account: aws.account, region }, `policy of ${functionArn}: ${(err as Error).message}`, 'InvalidPolicyDocument');
      }
    }),

    /** The function's tags (an empty map when it has none). */
    functionTags: memo(async (region: string, functionArn: string): Promise<Record<string, string>> => {
      const out = await aws.send('lambda', region, 'ListTags', { Resource: functionArn });
      return out.Tags ?? {};
    }),

    /** Asynchronous invocation settings of the unqualified function; null when none are configured. */
    eventInvokeConfig: memo(async (region: string, functionName: string): Promise<EventInvokeConfig | null> => {
      const out = await aws.sendOptional('lambda', region, 'GetFunctionEventInvokeConfig', { FunctionName: functionName }, NOT_FOUND);
      if (!out) return null;
      const { $metadata: _m, ...config } = out;
      return config;
    }),

    /**
     * Which code signing configuration each function uses, by function ARN, with the configuration
     * (its policies included). Built from the region's configurations and their function lists:
     * a few calls per region instead of one per function.
     */
    codeSigningByFunction: memo(async (region: string): Promise<Map<string, CodeSigningConfig>> => {
      const configs = await aws.paginate('lambda', region, 'ListCodeSigningConfigs', (Marker) => ({ MaxItems: 50, ...(Marker ? { Marker } : {}) }), (o) => ({
        items: o.CodeSigningConfigs,
        next: o.NextMarker,
      }));
      const byFunction = new Map<string, CodeSigningConfig>();
      await Promise.all(configs.map(async (config) => {
        const arns = await aws.paginate('lambda', region, 'ListFunctionsByCodeSigningConfig', (Marker) => ({ CodeSigningConfigArn: config.CodeSigningConfigArn, MaxItems: 50, ...(Marker ? { Marker } : {}) }), (o) => ({
          items: o.FunctionArns,
          next: o.NextMarker,
        }));
        for (const arn of arns) byFunction.set(arn, config);
      }));
      return byFunction;
    }),
  };
}

export type LambdaInventory = ReturnType<typeof lambdaInventory>;
