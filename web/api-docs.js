// The browsable API page: swagger-ui reading Cadenza's own /openapi.json (a file, so the page needs no inline script).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#api-docs", validatorUrl: null, deepLinking: true });
