import { defineCheck, type CheckResult } from '../../src/check/define.js';
import { selectionCoversTag } from '../../src/lib/backup-selection.js';

export default defineCheck({
  id: 'backup.plans-cover-tagged-resources',
  title: 'An AWS Backup plan assigns every resource carrying the backup tag',
  description:
    'Tag-based backup works only if some plan assigns the tagged resources: a resource tagged for backup that no selection picks up is never backed up, and ' +
    'nobody notices until a restore is needed. Passes, per region, when a selection of a backup plan assigns every resource with the tag (option tagKey, ' +
    'and tagValue, "*" for any value): through ListOfTags, through Conditions on aws:ResourceTag/<key> over Resources "*", or by selecting every resource. ' +
    'Selections by ARN list, resource-type wildcards, exclusions (NotResources) or extra conditions assign only a subset and do not count. ' +
    'When no readable selection covers the tag and some selection could not be read, the check cannot decide and reports ERROR.',
  service: 'backup',
  resourceType: 'AWS::Backup::BackupPlan',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  options: { tagKey: 'backup', tagValue: '*' },
  remediation: {
    text: 'Assign resources to a backup plan by tag: a selection with Resources "*" and a StringEquals condition on aws:ResourceTag/<key>.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"tagged","IamRoleArn":"<role-arn>","Resources":["*"],"Conditions":{"StringEquals":[{"ConditionKey":"aws:ResourceTag/backup","ConditionValue":"true"}]}}\'',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
  },
  async run({ scope, inventory, result, options }) {
    const target = { key: options.tagKey, value: options.tagValue };
    const plans = await inventory.backup.plans(scope.region);
    const regionRef = { arn: `arn:${scope.partition}:backup:${scope.region}:${scope.account}:backup-plan:*`, id: `${scope.account}/${scope.region}` };
    // Every plan's selections are read; one covering selection decides PASS even when another could not be read.
    const listed = await Promise.allSettled(plans.map(async (plan) => ({ plan, selections: await inventory.backup.selections(scope.region, plan.BackupPlanId!) })));
    const read = await Promise.allSettled(
      listed.flatMap((l) =>
        l.status === 'fulfilled'
          ? l.value.selections.map(async (s) => ({ plan: l.value.plan, name: s.SelectionName, detail: await inventory.backup.selection(scope.region, l.value.plan.BackupPlanId!, s.SelectionId!) }))
          : [],
      ),
    );
    const judged = read.flatMap((r) => (r.status === 'fulfilled' ? [{ ...r.value, coverage: selectionCoversTag(r.value.detail.BackupSelection ?? {}, target) }] : []));
    const tag = { tagKey: target.key, tagValue: target.value };
    const covering = judged.find((j) => j.coverage.covers);
    if (covering) {
      const ref = { arn: covering.plan.BackupPlanArn!, id: covering.plan.BackupPlanName ?? covering.plan.BackupPlanId! };
      return [result.pass(ref, `Backup plan ${ref.id} assigns every resource tagged ${target.key} (selection ${String(covering.name)}: ${covering.coverage.via})`, {
        ...tag, BackupPlanName: covering.plan.BackupPlanName ?? null, SelectionName: covering.name ?? null, via: covering.coverage.via,
      })];
    }
    // Nothing readable covers the tag: an unread selection might, so that is "could not look", not FAIL.
    const unread = [...listed, ...read].find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (unread) throw unread.reason;
    const selections = judged.slice(0, 20).map((j) => ({ BackupPlanName: j.plan.BackupPlanName ?? null, SelectionName: j.name ?? null, why: j.coverage.via }));
    const out: CheckResult = result.fail(regionRef, plans.length
      ? `No backup plan in ${scope.region} assigns every resource tagged ${target.key} (${plans.length} plan(s), ${judged.length} selection(s))`
      : `${scope.region} has no backup plan`, { ...tag, plans: plans.length, selections });
    return [out];
  },
});
