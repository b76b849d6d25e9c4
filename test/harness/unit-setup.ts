/**
 * The unit project shares one module graph per worker (vitest `isolate: false`), so an SDK mock a
 * test file leaves on a client's prototype would answer the next file's requests too: a file that
 * talks HTTP to a local stub server would get the previous file's canned (or empty) answers. After
 * each file, every mock on the factory's client classes (and the nested STS client the credential
 * providers use) is removed.
 */
import { STSClient as NestedSTSClient } from '@aws-sdk/nested-clients/sts';
import { afterAll } from 'vitest';
import { allClientClasses } from '../../src/aws/sdk.js';

type Stubbed = { send?: { restore?: () => void; isSinonProxy?: boolean } };

afterAll(async () => {
  for (const ctor of [...(await allClientClasses()), NestedSTSClient]) {
    const proto = (ctor as unknown as { prototype: Stubbed }).prototype;
    if (Object.prototype.hasOwnProperty.call(proto, 'send') && proto.send?.isSinonProxy && proto.send.restore) proto.send.restore();
  }
});
