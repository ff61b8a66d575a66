locals {
  name = "shop-${var.env}"
  tags = {
    Environment = var.env
    Workload    = "web-shop"
  }
}

module "vpc" {
  source = "./modules/vpc"
  name   = local.name
  cidr   = "10.30.0.0/16"
  azs    = ["eu-west-1a", "eu-west-1b"]
}

# ------------------------------------------------------------------------------------------- storage

resource "aws_kms_key" "shop" {
  description             = "Web shop data"
  deletion_window_in_days = 30
  enable_key_rotation     = false
}

resource "aws_s3_bucket" "assets" {
  bucket = "${local.name}-assets"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.assets_public.json
}

data "aws_iam_policy_document" "assets_public" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.assets.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.name}-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.shop.arn
    }
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "team" {
  for_each = toset(var.teams)
  bucket   = "${local.name}-${each.key}-exports"
}

resource "aws_s3_bucket_public_access_block" "team" {
  for_each                = aws_s3_bucket.team
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ------------------------------------------------------------------------------------------- network

resource "aws_security_group" "web" {
  name        = "${local.name}-web"
  description = "Web servers"
  vpc_id      = module.vpc.vpc_id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH for the on-call engineer"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "db" {
  name   = "${local.name}-db"
  vpc_id = module.vpc.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_web" {
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.web.id
}

# ------------------------------------------------------------------------------------------- compute

resource "aws_instance" "web" {
  count                  = var.web_instances
  ami                    = "ami-0a1b2c3d4e5f67890"
  instance_type          = "t3.medium"
  subnet_id              = module.vpc.public_subnet_ids[count.index % length(module.vpc.public_subnet_ids)]
  vpc_security_group_ids = [aws_security_group.web.id]
  monitoring             = true

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }

  root_block_device {
    volume_size = 30
    encrypted   = true
    kms_key_id  = aws_kms_key.shop.arn
  }

  tags = {
    Name = "${local.name}-web-${count.index}"
  }
}

resource "aws_ebs_volume" "media" {
  availability_zone = "eu-west-1a"
  size              = 200
  type              = "gp3"
  encrypted         = false
}

# Encryption left to the account default: unknown from the configuration alone.
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1b"
  size              = 50
}

resource "aws_volume_attachment" "media" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.media.id
  instance_id = aws_instance.web[0].id
}

resource "aws_db_instance" "shop" {
  identifier             = "${local.name}-db"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t3.medium"
  allocated_storage      = 50
  username               = "shop"
  password               = var.shop_db_password
  storage_encrypted      = false
  publicly_accessible    = false
  multi_az               = true
  deletion_protection    = true
  backup_retention_period = 14
  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = false
}

# ------------------------------------------------------------------------------------------- identity

resource "aws_iam_role" "web" {
  name = "${local.name}-web"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_policy" "deploy" {
  name        = "${local.name}-deploy"
  description = "Used by the deployment pipeline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "web_deploy" {
  role       = aws_iam_role.web.name
  policy_arn = aws_iam_policy.deploy.arn
}

resource "aws_iam_role_policy" "web_logs" {
  name = "write-logs"
  role = aws_iam_role.web.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject"]
      Resource = "${aws_s3_bucket.logs.arn}/web/*"
    }]
  })
}

# ------------------------------------------------------------------------------------------- logging

resource "aws_cloudtrail" "main" {
  name                       = "${local.name}-trail"
  s3_bucket_name             = aws_s3_bucket.logs.id
  is_multi_region_trail      = false
  enable_log_file_validation = false
}

# ------------------------------------------------------------------------------------------- serverless

resource "aws_lambda_function" "thumbnails" {
  function_name = "${local.name}-thumbnails"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "thumbnails.zip"
  role          = aws_iam_role.web.arn
}

resource "aws_lambda_function_url" "thumbnails" {
  function_name      = aws_lambda_function.thumbnails.function_name
  authorization_type = "NONE"
}

resource "aws_sns_topic" "orders" {
  name = "${local.name}-orders"
}
