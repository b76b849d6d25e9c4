import check from '../../../checks/cloudwatch/alarm-cloudtrail-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'cloudtrail-changes');
