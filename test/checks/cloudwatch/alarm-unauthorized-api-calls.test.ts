import check from '../../../checks/cloudwatch/alarm-unauthorized-api-calls.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'unauthorized-api-calls');
