# Corporate IT on Azure.

resource "azurerm_resource_group" "corp" {
  name     = "rg-corp-it"
  location = "West Europe"
}

resource "azurerm_network_security_group" "jump" {
  name                = "nsg-jump"
  location            = azurerm_resource_group.corp.location
  resource_group_name = azurerm_resource_group.corp.name

  security_rule {
    name                       = "rdp-from-internet"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

resource "azurerm_storage_account" "hr" {
  name                            = "examplecorphr"
  resource_group_name             = azurerm_resource_group.corp.name
  location                        = azurerm_resource_group.corp.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_0"
  allow_nested_items_to_be_public = false
}
