import { describe, expect, it } from 'vitest';
import { FilterPatternError, parseFilterPattern, type Event } from '../../src/lib/filter-pattern.js';
import { filterMonitors } from '../../src/check/kit/metric-filters.js';
import { MONITORING_CLASSES } from '../../src/lib/monitoring-classes.js';

const ev = (over: Event = {}): Event => ({ eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc', sourceIPAddress: '198.51.100.7', userIdentity: { type: 'IAMUser' }, ...over });
const m = (pattern: string, event: Event) => parseFilterPattern(pattern).matches(event);

describe('CloudWatch Logs filter patterns', () => {
  it('every CIS pattern monitors its own class (the samples and the benchmark agree)', () => {
    for (const [id, cls] of Object.entries(MONITORING_CLASSES)) expect(filterMonitors(cls.cisPattern, cls), id).toEqual({ monitors: true });
  });

  it('spacing, quoting and clause order do not matter (the regex trap of other scanners)', () => {
    const vpc = MONITORING_CLASSES['vpc-changes'];
    const names = ['DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection'];
    expect(filterMonitors(`{${names.map((n) => `$.eventName="${n}"`).join('||')}}`, vpc).monitors).toBe(true);
    expect(filterMonitors(`{ ($.eventSource = "ec2.amazonaws.com") && (${names.map((n) => `($.eventName = ${n})`).join(' || ')}) }`, vpc).monitors).toBe(true);
    expect(filterMonitors('{ $.eventName = %^(Create|Delete|Modify)Vpc(Attribute)?$|^(Accept|Create|Delete|Reject)VpcPeeringConnection$% }', vpc).monitors).toBe(true);
  });

  it('a pattern missing one event of the class does not monitor it; one that also matches benign events does not either', () => {
    const trail = MONITORING_CLASSES['cloudtrail-changes'];
    expect(filterMonitors('{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }', trail).monitors).toBe(false);
    expect(filterMonitors('{ $.eventSource = cloudtrail.amazonaws.com }', trail).monitors).toBe(false);
    expect(filterMonitors('', trail).monitors).toBe(false); // the empty pattern matches every event
  });

  it('root usage: NOT EXISTS and != (the service-invoked root event is excluded)', () => {
    const root = MONITORING_CLASSES['root-account-usage'];
    expect(filterMonitors('{$.userIdentity.type="Root"&&$.userIdentity.invokedBy NOT EXISTS&&$.eventType!="AwsServiceEvent"}', root).monitors).toBe(true);
    expect(filterMonitors('{ $.userIdentity.type = "Root" }', root).monitors).toBe(false);
  });

  it('&& binds tighter than ||; parentheses override', () => {
    const p = '{ $.a = 1 || $.b = 1 && $.c = 1 }';
    expect(m(p, { a: 1 })).toBe(true);
    expect(m(p, { b: 1 })).toBe(false);
    expect(m('{ ($.a = 1 || $.b = 1) && $.c = 1 }', { a: 1 })).toBe(false);
  });

  it('comparisons: wildcards, numbers, IS, arrays, missing properties', () => {
    expect(m('{ $.errorCode = "*UnauthorizedOperation" }', ev({ errorCode: 'Client.UnauthorizedOperation' }))).toBe(true);
    expect(m('{ $.errorCode = AccessDenied* }', ev({ errorCode: 'AccessDeniedException' }))).toBe(true);
    expect(m('{ $.errorCode = "AccessDenied" }', ev({ errorCode: 'AccessDeniedException' }))).toBe(false);
    expect(m('{ $.bytes > 100 }', { bytes: 101 })).toBe(true);
    expect(m('{ $.bytes <= 100 }', { bytes: 101 })).toBe(false);
    expect(m('{ $.readOnly IS FALSE }', { readOnly: false })).toBe(true);
    expect(m('{ $.readOnly IS TRUE }', { readOnly: false })).toBe(false);
    expect(m('{ $.resources[0].type = "AWS::S3::Bucket" }', { resources: [{ type: 'AWS::S3::Bucket' }] })).toBe(true);
    expect(m('{ $.errorCode != "x" }', ev())).toBe(false); // no errorCode: != does not match either
    expect(m('{ $.eventname = "CreateVpc" }', ev())).toBe(false); // selectors are case-sensitive
  });

  it('a hostile wildcard value is matched in linear time, and ? is a plain character', () => {
    const bomb = `{ $.eventName = "${'*a'.repeat(30)}*b" }`;
    // A backtracking matcher would not finish within the test timeout.
    expect(m(bomb, { eventName: 'a'.repeat(5000) })).toBe(false);
    expect(m('{ $.eventName = "Get?" }', { eventName: 'GetX' })).toBe(false);
    expect(m('{ $.eventName = "Get?" }', { eventName: 'Get?' })).toBe(true);
  });

  it('term patterns match the raw event text', () => {
    expect(m('"Failed authentication" ConsoleLogin', { eventName: 'ConsoleLogin', errorMessage: 'Failed authentication' })).toBe(true);
    expect(m('?StopLogging ?DeleteTrail', { eventName: 'DeleteTrail' })).toBe(true);
    expect(m('Trail -DescribeTrails', { eventName: 'DescribeTrails' })).toBe(false);
  });

  it.each([
    ['{ $.eventName = }', /expected a value/],
    ['{ $.eventName = CreateVpc', /expected "}"/],
    ['{ eventName = CreateVpc }', /expected a \$\. selector/],
    ['{ $.a = 1 } extra', /unexpected/],
    ['{ $.a ~ 1 }', /cannot read|expected an operator/],
    ['[ip, user, status=4*]', /space-delimited/],
  ])('%s is reported, not guessed', (pattern, why) => {
    expect(() => parseFilterPattern(pattern)).toThrow(FilterPatternError);
    expect(() => parseFilterPattern(pattern)).toThrow(why);
  });

  it('an unevaluable filter never counts as monitoring, and says why', () => {
    expect(filterMonitors('[version, account, eni]', MONITORING_CLASSES['vpc-changes'])).toEqual({ monitors: false, unsupported: expect.stringContaining('space-delimited') });
  });
});
