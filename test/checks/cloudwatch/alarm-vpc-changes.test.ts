import check from '../../../checks/cloudwatch/alarm-vpc-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'vpc-changes');
