import check from '../../../checks/cloudwatch/alarm-nacl-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'nacl-changes');
