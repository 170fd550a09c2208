import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createGlossApi } from './api/client'
import { App } from './app/App'
import './styles/index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const api = createGlossApi()

createRoot(root).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
)
