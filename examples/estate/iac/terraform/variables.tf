variable "env" {
  type    = string
  default = "dev"
}

variable "aws_region" {
  type    = string
  default = "us-east-1"
}

variable "aws_account_id" {
  type = string
}

variable "azure_subscription_id" {
  type = string
}

variable "gcp_project" {
  type    = string
  default = "examplecorp-analytics"
}

variable "web_instances" {
  type    = number
  default = 1
}

variable "shop_db_password" {
  type      = string
  sensitive = true
}

variable "teams" {
  type    = list(string)
  default = ["catalog", "checkout"]
}
