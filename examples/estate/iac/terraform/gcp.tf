# Analytics on Google Cloud.

resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh-anywhere"
  network = "analytics-vpc"
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
  source_ranges = ["0.0.0.0/0"]
}

resource "google_storage_bucket" "reports" {
  name                        = "${var.gcp_project}-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_binding" "reports_public" {
  bucket  = google_storage_bucket.reports.name
  role    = "roles/storage.objectViewer"
  members = ["allUsers"]
}
