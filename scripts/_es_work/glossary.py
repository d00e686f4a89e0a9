import json
terms = [
 {"en": "ask", "use": ["petición", "peticiones", "pedir", "pide", "pides", "pida", "pidas", "pidiendo", "pidió", "pedí", "pediste", "pedido", "pedirle", "pedirlo", "pediría", "pedirías", "pídele", "pídelo", "pídeselo", "pregunta", "preguntas", "preguntan", "preguntar", "preguntarte", "preguntaste", "pregunté", "pregúntale", "pregúntalo"],
  "avoid": ["solicitud", "solicitudes", "solicitar", "pedimento"]},
 {"en": "rejection", "use": ["rechazo", "rechazos", "rechazada", "rechazan", "rechazar", "Rejection Desktop", "Rejection"],
  "avoid": ["repudio", "negativa"]},
 {"en": "no", "use": ["no", "noes"], "avoid": ["negación"]},
 {"en": "prediction", "use": ["predicción", "predicciones", "predicha", "predijiste"], "avoid": ["previsión", "vaticinio"]},
 {"en": "safety behaviour", "use": ["conducta de seguridad", "conductas de seguridad"], "avoid": ["conducta segura", "conductas seguras", "comportamiento de seguridad"]},
 {"en": "reflection", "use": ["reflexión", "reflexiones", "reflexionar", "reflexiona", "reflexionaste"], "avoid": ["reflejo", "reflejos"]},
 {"en": "challenge", "use": ["reto", "retos", "reta"], "avoid": ["misión", "misiones"]},
 {"en": "journal", "use": ["diario"], "avoid": ["bitácora", "agenda"]},
 {"en": "belief", "use": ["creencia", "creencias", "crees", "creías", "creíste"], "avoid": ["convicción", "convicciones"]},
 {"en": "streak", "use": ["racha", "rachas"], "avoid": ["seguidilla", "serie"]},
 {"en": "reminder", "use": ["recordatorio", "recordatorios", "recordar", "recordarte", "recuérdamelo", "recordármelo", "recordará"], "avoid": ["alarma", "alarmas"]},
 {"en": "aftercare", "use": ["cuidarte"], "avoid": ["cuidados posteriores", "postratamiento"]},
]
reason = ("Tú, como en la mayoría de las aplicaciones de bienestar y autoayuda en español: la aplicación "
          "habla como una amistad que acompaña, no como una institución; usted pondría distancia justo "
          "donde se pide confianza, y tú se entiende igual de natural en España y en Latinoamérica. "
          "Sin vosotros: el plural de segunda persona se dice con ustedes.")
json.dump({"version": 1, "language": "es", "register": "tú", "register_reason": reason, "terms": terms},
          open("resources/l10n/es/glossary.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
open("resources/l10n/es/glossary.json", "a").write("\n")
