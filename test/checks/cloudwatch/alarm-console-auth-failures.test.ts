import check from '../../../checks/cloudwatch/alarm-console-auth-failures.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'console-auth-failures');
