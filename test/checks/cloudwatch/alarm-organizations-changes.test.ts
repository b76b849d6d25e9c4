import check from '../../../checks/cloudwatch/alarm-organizations-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'organizations-changes');
