env                   = "prod"
aws_region            = "eu-west-1"
aws_account_id        = "111122223333"
azure_subscription_id = "3f2c8a51-7d4e-4b6a-9c1d-2e5f8a7b6c40"
web_instances         = 2
