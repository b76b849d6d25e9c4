import check from '../../../checks/cloudwatch/alarm-config-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'config-changes');
