import check from '../../../checks/cloudwatch/alarm-root-account-usage.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'root-account-usage');
