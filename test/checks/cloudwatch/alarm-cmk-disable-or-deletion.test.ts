import check from '../../../checks/cloudwatch/alarm-cmk-disable-or-deletion.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'cmk-disable-or-deletion');
