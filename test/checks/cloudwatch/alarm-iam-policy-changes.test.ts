import check from '../../../checks/cloudwatch/alarm-iam-policy-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'iam-policy-changes');
