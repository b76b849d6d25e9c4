import check from '../../../checks/cloudwatch/alarm-security-group-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'security-group-changes');
