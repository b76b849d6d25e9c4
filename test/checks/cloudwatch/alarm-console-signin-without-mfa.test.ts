import check from '../../../checks/cloudwatch/alarm-console-signin-without-mfa.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'console-signin-without-mfa');
