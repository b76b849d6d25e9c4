/** Service models of the seed document, and which AWS resource types belong to each (DESIGN.md). */
export const SERVICE_MODELS = ['On-Prem', 'IaaS', 'PaaS', 'SaaS', 'FaaS'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

/**
 * CloudFormation resource type → service model. A check's declared `serviceModel` must agree
 * with this table (the structure test enforces it), so the SRM tagging of a resource is one
 * fact kept in one place.
 */
export const RESOURCE_SERVICE_MODEL: Readonly<Record<string, ServiceModel>> = {
  // IaaS: the customer runs the guest: instances, disks, images, networks.
  'AWS::EC2::Instance': 'IaaS',
  'AWS::EC2::Volume': 'IaaS',
  'AWS::EC2::Image': 'IaaS',
  'AWS::EC2::Snapshot': 'IaaS',
  'AWS::EC2::VPC': 'IaaS',
  'AWS::EC2::SecurityGroup': 'IaaS',
  'AWS::EC2::NetworkAcl': 'IaaS',
  'AWS::EC2::FlowLog': 'IaaS',
  'AWS::EC2::Subnet': 'IaaS',
  // Account-level EC2 settings (EBS encryption by default, IMDS defaults) govern IaaS resources.
  'AWS::EC2::AccountSettings': 'IaaS',
  'AWS::EC2::LaunchTemplate': 'IaaS',
  // Load balancers live in the customer's VPC: the customer sets listeners, TLS policies, exposure
  // and security groups; AWS runs the fleet. Network controls are shared, as for other VPC resources.
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'IaaS',
  'AWS::ElasticLoadBalancingV2::Listener': 'IaaS',
  'AWS::ElasticLoadBalancing::LoadBalancer': 'IaaS',
  // EMR clusters are EC2 instances in the customer's VPC behind the customer's security groups;
  // block public access is the account-and-region guard on those groups (a network rule, shared as for EC2).
  'AWS::EMR::BlockPublicAccessConfiguration': 'IaaS',
  // PaaS: the provider runs the platform, the customer the app and its configuration.
  'AWS::RDS::DBInstance': 'PaaS',
  'AWS::RDS::DBCluster': 'PaaS',
  'AWS::RDS::DBSnapshot': 'PaaS',
  'AWS::ElasticBeanstalk::Environment': 'PaaS',
  'AWS::ECS::Cluster': 'PaaS',
  'AWS::EKS::Cluster': 'PaaS',
  'AWS::EFS::FileSystem': 'PaaS',
  'AWS::RDS::DBClusterSnapshot': 'PaaS',
  // Containers: the platform is AWS's, images, task definitions and cluster settings the customer's.
  'AWS::ECR::Repository': 'PaaS',
  'AWS::ECR::RegistryScanningConfiguration': 'PaaS',
  'AWS::ECS::TaskDefinition': 'PaaS',
  'AWS::ECS::Service': 'PaaS',
  // Managed engines the customer sizes and configures, as RDS.
  'AWS::ElastiCache::ReplicationGroup': 'PaaS',
  'AWS::ElastiCache::CacheCluster': 'PaaS',
  'AWS::Redshift::Cluster': 'PaaS',
  'AWS::OpenSearchService::Domain': 'PaaS',
  // Managed build and notebook hosts: AWS runs and patches the instance, the customer sets what runs
  // on it (privileges, environment, network placement).
  'AWS::CodeBuild::Project': 'PaaS',
  'AWS::SageMaker::NotebookInstance': 'PaaS',
  // Message brokers the customer sizes, versions and exposes, as RDS; AWS runs the hosts.
  'AWS::AmazonMQ::Broker': 'PaaS',
  // An access point is the file system's client-facing identity and path policy.
  'AWS::EFS::AccessPoint': 'PaaS',
  'AWS::EFS::MountTarget': 'PaaS',
  // SaaS: managed control planes and storage services.
  'AWS::S3::Bucket': 'SaaS',
  'AWS::S3::AccountPublicAccessBlock': 'SaaS',
  'AWS::IAM::User': 'SaaS',
  'AWS::IAM::Role': 'SaaS',
  'AWS::IAM::Group': 'SaaS',
  'AWS::IAM::Policy': 'SaaS',
  'AWS::IAM::ManagedPolicy': 'SaaS',
  'AWS::IAM::Root': 'SaaS',
  'AWS::IAM::PasswordPolicy': 'SaaS',
  'AWS::IAM::ServerCertificate': 'SaaS',
  'AWS::KMS::Key': 'SaaS',
  'AWS::CloudTrail::Trail': 'SaaS',
  'AWS::Logs::LogGroup': 'SaaS',
  'AWS::Logs::MetricFilter': 'SaaS',
  'AWS::CloudWatch::Alarm': 'SaaS',
  'AWS::Config::ConfigurationRecorder': 'SaaS',
  'AWS::GuardDuty::Detector': 'SaaS',
  'AWS::SecurityHub::Hub': 'SaaS',
  'AWS::AccessAnalyzer::Analyzer': 'SaaS',
  'AWS::Organizations::Account': 'SaaS',
  'AWS::SNS::Topic': 'SaaS',
  'AWS::SecretsManager::Secret': 'SaaS',
  'AWS::CloudFront::Distribution': 'SaaS',
  'AWS::CertificateManager::Certificate': 'SaaS',
  'AWS::DynamoDB::Table': 'SaaS',
  'AWS::SQS::Queue': 'SaaS',
  'AWS::Backup::BackupVault': 'SaaS',
  'AWS::Backup::BackupPlan': 'SaaS',
  // Serverless query, catalog, identity and DNS services: the customer only configures them.
  'AWS::Athena::WorkGroup': 'SaaS',
  'AWS::Glue::DataCatalogEncryptionSettings': 'SaaS',
  'AWS::Cognito::UserPool': 'SaaS',
  'AWS::Route53::HostedZone': 'SaaS',
  // Managed streams, buses and workflows: no host, size or engine version to run, only
  // configuration and data, as SQS and SNS.
  'AWS::Kinesis::Stream': 'SaaS',
  'AWS::KinesisFirehose::DeliveryStream': 'SaaS',
  'AWS::StepFunctions::StateMachine': 'SaaS',
  'AWS::Events::EventBus': 'SaaS',
  // FaaS: functions and what triggers them.
  'AWS::Lambda::Function': 'FaaS',
  'AWS::Lambda::Url': 'FaaS',
  'AWS::ApiGateway::RestApi': 'FaaS',
  'AWS::ApiGateway::Stage': 'FaaS',
  'AWS::ApiGatewayV2::Api': 'FaaS',
  'AWS::ApiGatewayV2::Stage': 'FaaS',
};

export function serviceModelOf(resourceType: string): ServiceModel | undefined {
  return RESOURCE_SERVICE_MODEL[resourceType];
}
