// MTMHTML — libxml2 handle owner: parses HTML (htmlReadMemory with recover, no network), runs XPath, collects text nodes. The only module that imports CLibXML2.
