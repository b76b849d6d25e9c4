import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { CallKey, Transport } from './call.js';
import type { ServiceKey } from './operations.js';
import { clientClass, commandClass, endpointEnvName, type SdkClient } from './sdk.js';

export type { SdkClient } from './sdk.js';

export interface ClientOptions {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  /** Session name for roleArn (CloudTrail in the target account shows it); default "srm-audit". */
  roleSessionName?: string;
  /** Credentials to assume roleArn with, instead of the default chain / profile (role chaining). */
  masterCredentials?: AwsCredentialIdentityProvider;
  /** Total attempts per request, including the first; the SDK's adaptive retry mode backs off. */
  maxAttempts: number;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /** Sockets kept alive per client. */
  maxSockets: number;
  env?: NodeJS.ProcessEnv;
  /** Called with every new client (tests add emulator headers through the middleware stack). */
  onClient?: (client: SdkClient) => void;
}

export const DEFAULT_CLIENT_OPTIONS: ClientOptions = {
  maxAttempts: 8,
  requestTimeoutMs: 30_000,
  connectTimeoutMs: 5_000,
  maxSockets: 50,
};

/** The endpoint override the SDK itself will use (AWS_ENDPOINT_URL[_<SERVICE>]), if any. */
export function endpointOverride(service: ServiceKey, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[endpointEnvName(service)] || env.AWS_ENDPOINT_URL || undefined;
}

/**
 * The credentials a factory signs with: the default chain (or a profile), then the role to assume.
 * The provider package is loaded on the first request, so building a factory costs nothing.
 */
export function credentialProvider(opts: ClientOptions): AwsCredentialIdentityProvider {
  let provider: Promise<AwsCredentialIdentityProvider> | undefined;
  const build = async (): Promise<AwsCredentialIdentityProvider> => {
    const { fromNodeProviderChain, fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
    const base = opts.masterCredentials ?? fromNodeProviderChain(opts.profile ? { profile: opts.profile } : {});
    if (!opts.roleArn) return base;
    return fromTemporaryCredentials({
      masterCredentials: base,
      params: {
        RoleArn: opts.roleArn,
        RoleSessionName: opts.roleSessionName ?? 'srm-audit',
        ...(opts.externalId ? { ExternalId: opts.externalId } : {}),
        DurationSeconds: 3600,
      },
    });
  };
  // The built provider caches and refreshes credentials itself: build it once.
  return async (props): Promise<AwsCredentialIdentity> => (await (provider ??= build()))(props);
}

/**
 * THE client factory: one client per (service, region), sharing credentials, retries and
 * keep-alive sockets. Emulator endpoints get path-style S3 and a plain S3 Control endpoint.
 */
export class ClientFactory {
  private readonly clients = new Map<string, Promise<SdkClient>>();
  /** The credentials every client of this factory signs with (a member account's role chains from them). */
  readonly credentials: AwsCredentialIdentityProvider;
  private handler?: Promise<NodeHttpHandler>;

  constructor(private readonly opts: ClientOptions, credentials?: AwsCredentialIdentityProvider) {
    this.credentials = credentials ?? credentialProvider(opts);
  }

  /** The client of a service in a region, loading the service's SDK package on first use. */
  get(service: ServiceKey, region: string): Promise<SdkClient> {
    const key = `${service}:${region}`;
    let client = this.clients.get(key);
    if (!client) {
      client = this.create(service, region);
      this.clients.set(key, client);
    }
    return client;
  }

  private async create(service: ServiceKey, region: string): Promise<SdkClient> {
    const [Client, requestHandler] = await Promise.all([clientClass(service), this.requestHandler()]);
    const client = new Client({ ...this.config(service, region), requestHandler });
    this.opts.onClient?.(client);
    return client;
  }

  /** One HTTP handler (keep-alive sockets) shared by every client of the factory. */
  private requestHandler(): Promise<NodeHttpHandler> {
    return (this.handler ??= import('@smithy/node-http-handler').then(({ NodeHttpHandler }) => {
      const agentOpts = { keepAlive: true, maxSockets: this.opts.maxSockets };
      return new NodeHttpHandler({
        httpAgent: new HttpAgent(agentOpts),
        httpsAgent: new HttpsAgent(agentOpts),
        requestTimeout: this.opts.requestTimeoutMs,
        connectionTimeout: this.opts.connectTimeoutMs,
      });
    }));
  }

  private config(service: ServiceKey, region: string): Record<string, unknown> {
    const endpoint = endpointOverride(service, this.opts.env ?? process.env);
    const config: Record<string, unknown> = {
      region,
      credentials: this.credentials,
      maxAttempts: this.opts.maxAttempts,
      retryMode: 'adaptive',
      ...(endpoint ? { endpoint } : {}),
    };
    if (service === 's3') {
      config.followRegionRedirects = true;
      // Emulators serve one host: virtual-hosted bucket names would not resolve.
      if (endpoint) config.forcePathStyle = true;
    }
    if (service === 's3control' && endpoint) {
      // The SDK prefixes the account id to the host (123456789012.127.0.0.1), which an emulator
      // cannot serve: hand it the plain endpoint.
      const url = new URL(endpoint);
      config.endpointProvider = () => ({ url });
    }
    return config;
  }

  /** Closes every client and the shared sockets; requests still loading a package are not sent. */
  async destroy(): Promise<void> {
    const clients = await Promise.allSettled(this.clients.values());
    for (const c of clients) if (c.status === 'fulfilled') c.value.destroy();
    this.clients.clear();
    const handler = await this.handler?.catch(() => undefined);
    handler?.destroy();
  }
}

/** Sends to AWS through the account's client factory: the SDK command is built only here. */
export class LiveTransport implements Transport {
  constructor(private readonly clients: ClientFactory) {}

  async execute(key: CallKey, signal?: AbortSignal): Promise<unknown> {
    const [client, Command] = await Promise.all([this.clients.get(key.service, key.region), commandClass(key.service, key.operation)]);
    return client.send(new Command(key.input), signal ? { abortSignal: signal } : undefined);
  }
}
