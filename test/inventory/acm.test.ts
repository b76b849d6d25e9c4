import { ACMClient, DescribeCertificateCommand, KeyAlgorithm, ListCertificatesCommand } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { ALL_KEY_TYPES } from '../../src/inventory/acm.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { cert, certArn } from '../checks/acm/fixtures.js';

const acm = mockClient(ACMClient);
beforeEach(() => acm.reset());

describe('acm inventory', () => {
  it('asks for every key type the SDK knows (the list is spelled out so the inventory loads no SDK package)', () => {
    expect([...ALL_KEY_TYPES].sort()).toEqual(Object.values(KeyAlgorithm).sort());
  });

  it('certificates(region): every key type, pages of 1000 followed by NextToken, once under concurrent callers', async () => {
    acm.on(ListCertificatesCommand).callsFake((input: { NextToken?: string }) => (input.NextToken ? { CertificateSummaryList: [cert('b')] } : { CertificateSummaryList: [cert('a')], NextToken: 't' }));
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.acm.certificates('eu-west-1'), inventory.acm.certificates('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((c) => c.DomainName)).toEqual(['a.example.com', 'b.example.com']);
    const calls = acm.commandCalls(ListCertificatesCommand);
    expect(calls.map((c) => c.args[0].input.NextToken)).toEqual([undefined, 't']);
    expect(calls[0]!.args[0].input).toMatchObject({ MaxItems: 1000, Includes: { keyTypes: expect.arrayContaining(['RSA_1024', 'EC_secp521r1']) } });
  });

  it('certificate(region, arn): the detail; an answer without one is invalid data', async () => {
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('a') }).resolves({ Certificate: { CertificateArn: certArn('a'), SignatureAlgorithm: 'SHA256WITHRSA' } });
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('b') }).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.acm.certificate('eu-west-1', certArn('a'))).toMatchObject({ SignatureAlgorithm: 'SHA256WITHRSA' });
    await expect(inventory.acm.certificate('eu-west-1', certArn('b'))).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'acm:DescribeCertificate' });
  });

  it.each([
    ['certificates', ListCertificatesCommand, 'acm:ListCertificates'],
    ['certificate', DescribeCertificateCommand, 'acm:DescribeCertificate'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    acm.on(Command as typeof ListCertificatesCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'certificates' ? inventory.acm.certificates('us-east-1') : inventory.acm.certificate('us-east-1', certArn('a')));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(acm.commandCalls(Command as typeof ListCertificatesCommand)).toHaveLength(1);
  });
});
